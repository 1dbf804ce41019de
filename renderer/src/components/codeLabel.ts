/** "office_visit" → "Office visit": a stored code read as words, where no hand-written label exists. */
export const codeLabel = (code: string) => {
  const words = code.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};
