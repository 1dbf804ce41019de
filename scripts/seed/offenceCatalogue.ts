import type { OFFENCE_CLASSES } from '../../electron/api/clients/clientsCodes';

/** What kind of offence, for the special conditions a court would add. */
export type OffenceTheme = 'property' | 'drugs' | 'dui' | 'domestic' | 'violence' | 'weapons' | 'public_order';

export interface CatalogueOffence {
  statute: string;
  description: string;
  offenceClass: (typeof OFFENCE_CLASSES)[number];
  theme: OffenceTheme;
}

/** California-style code sections with their usual wording; the cases they are attached to are invented. */
export const OFFENCES: CatalogueOffence[] = [
  { statute: 'PC 459', description: 'Burglary, second degree', offenceClass: 'felony', theme: 'property' },
  { statute: 'PC 484(a)/488', description: 'Petty theft', offenceClass: 'misdemeanor', theme: 'property' },
  { statute: 'PC 487(a)', description: 'Grand theft', offenceClass: 'felony', theme: 'property' },
  { statute: 'PC 496(a)', description: 'Receiving stolen property', offenceClass: 'felony', theme: 'property' },
  { statute: 'PC 530.5(a)', description: 'Identity theft', offenceClass: 'felony', theme: 'property' },
  { statute: 'VC 10851(a)', description: 'Unlawful taking or driving of a vehicle', offenceClass: 'felony', theme: 'property' },
  { statute: 'PC 594(b)(1)', description: 'Vandalism, damage of $400 or more', offenceClass: 'felony', theme: 'property' },
  { statute: 'HS 11377(a)', description: 'Possession of methamphetamine', offenceClass: 'misdemeanor', theme: 'drugs' },
  { statute: 'HS 11350(a)', description: 'Possession of a controlled substance', offenceClass: 'misdemeanor', theme: 'drugs' },
  { statute: 'HS 11378', description: 'Possession of a controlled substance for sale', offenceClass: 'felony', theme: 'drugs' },
  { statute: 'HS 11364', description: 'Possession of drug paraphernalia', offenceClass: 'misdemeanor', theme: 'drugs' },
  { statute: 'VC 23152(a)', description: 'Driving under the influence of alcohol', offenceClass: 'misdemeanor', theme: 'dui' },
  { statute: 'VC 23152(b)', description: 'Driving with a blood alcohol content of 0.08% or more', offenceClass: 'misdemeanor', theme: 'dui' },
  { statute: 'VC 23153(a)', description: 'Driving under the influence causing injury', offenceClass: 'felony', theme: 'dui' },
  { statute: 'VC 14601.2(a)', description: 'Driving on a license suspended for DUI', offenceClass: 'misdemeanor', theme: 'dui' },
  { statute: 'PC 273.5(a)', description: 'Corporal injury to a spouse or cohabitant', offenceClass: 'felony', theme: 'domestic' },
  { statute: 'PC 243(e)(1)', description: 'Battery on a spouse or cohabitant', offenceClass: 'misdemeanor', theme: 'domestic' },
  { statute: 'PC 166(c)(1)', description: 'Violation of a protective order', offenceClass: 'misdemeanor', theme: 'domestic' },
  { statute: 'PC 245(a)(1)', description: 'Assault with a deadly weapon', offenceClass: 'felony', theme: 'violence' },
  { statute: 'PC 242', description: 'Battery', offenceClass: 'misdemeanor', theme: 'violence' },
  { statute: 'PC 422', description: 'Criminal threats', offenceClass: 'felony', theme: 'violence' },
  { statute: 'PC 29800(a)(1)', description: 'Possession of a firearm by a prohibited person', offenceClass: 'felony', theme: 'weapons' },
  { statute: 'PC 25400(a)(1)', description: 'Carrying a concealed firearm in a vehicle', offenceClass: 'misdemeanor', theme: 'weapons' },
  { statute: 'PC 148(a)(1)', description: 'Resisting, delaying or obstructing an officer', offenceClass: 'misdemeanor', theme: 'public_order' },
  { statute: 'PC 647(f)', description: 'Public intoxication', offenceClass: 'misdemeanor', theme: 'public_order' },
  { statute: 'VC 16028(a)', description: 'Driving without proof of insurance', offenceClass: 'infraction', theme: 'public_order' },
];
