/**
 * Characters XML 1.0 cannot carry at all (C0 controls other than tab, line feed and carriage return; U+FFFE and
 * U+FFFF) and lone surrogates, which would be written as replacement bytes. One of them in a part makes Word
 * refuse or "repair" the file, and officers paste text from anywhere, so every string a report prints passes here.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with XML-invalid characters removed and line breaks made "\n". */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(XML_INVALID, '');
}
