import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from './App';
import './popup.css';

render(<App browserLang={browser.i18n.getUILanguage()} />, document.getElementById('app') as HTMLElement);
