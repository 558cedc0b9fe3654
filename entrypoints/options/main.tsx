import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../popup/popup.css';
import './options.css';
import { OptionsApp } from './OptionsApp';

render(<OptionsApp browserLang={browser.i18n.getUILanguage()} />, document.getElementById('app') as HTMLElement);
