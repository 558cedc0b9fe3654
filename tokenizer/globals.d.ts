// The one host API the tokenizer uses beyond ECMAScript: TextDecoder, which every context it runs in
// has (the service worker, Firefox's background page, Node) but no ES lib declares. Only
// tokenizer/tsconfig.json reads this file; elsewhere the DOM or Node types declare it.
declare class TextDecoder {
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
