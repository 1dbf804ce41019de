import { AlignmentType, Header, Paragraph } from 'docx';
import { textRun } from './textBlocks';

export interface ConfidentialHeaderOptions {
  clientName: string;
  caseNumber: string;
  /** The court dockets the report concerns; none for a client without a court case on record. */
  docketNumbers?: readonly string[];
}

/** "CONFIDENTIAL" over the client's name and case and docket numbers, on every page. */
export function confidentialHeader({ clientName, caseNumber, docketNumbers = [] }: ConfidentialHeaderOptions): Header {
  const references = [`Case ${caseNumber}`, ...docketNumbers.map((docket) => `Docket ${docket}`)].join(' · ');
  return new Header({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: [textRun('CONFIDENTIAL', { bold: true, size: 20 })] }),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [textRun(`${clientName} · ${references}`, { size: 18 })] }),
    ],
  });
}
