import { codeLabel } from '../../components/codeLabel';

/** "substance_use" → "Substance use": need areas are named by id in the instrument. */
export const needAreaLabel = codeLabel;
