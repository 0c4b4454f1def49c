/** Capabilities from realm roles, in one function (ant-design-pro's access.ts). Roles as in requirements.md. */
export const ROLES = [
  'public',
  'citizen',
  'staff',
  'department-head',
  'office',
  'office-head',
  'legal',
  'info-section',
  'leader',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export const STAFF_ROLES: readonly Role[] = ['staff', 'department-head', 'office', 'office-head', 'legal', 'info-section', 'leader', 'admin'];

export interface Access {
  /** may open the staff console */
  console: boolean;
  /** sees the department's obligations */
  obligations: boolean;
  /** sees every department's obligations (office, its head, leaders, administrators) */
  allDepartments: boolean;
  /** may open manual obligations and move their clocks */
  manageObligations: boolean;
  /** administers the calendar and settings */
  admin: boolean;
  /** drafts items for their department */
  draft: boolean;
  /** has a review queue (department heads, the office) */
  review: boolean;
  /** edits the disclosure catalogue (the office) */
  catalogue: boolean;
  /** sees the normative-document clean-up (legal section, office) */
  normative: boolean;
  /** reviews (legal) or signs (leader, head of the office) letters to applicants */
  letters: boolean;
  /** sees public-opinion events (舆情): the office all, a unit its own (issue 11) */
  opinion: boolean;
  /** logs, closes and keeps the notes of public-opinion events (the office) */
  logOpinion: boolean;
}

export function access(roles: readonly string[]): Access {
  const has = (r: Role) => roles.includes(r);
  const staff = STAFF_ROLES.some(has);
  return {
    console: staff,
    obligations: staff,
    allDepartments: has('office') || has('office-head') || has('leader') || has('admin'),
    manageObligations: has('office') || has('admin'),
    admin: has('admin'),
    draft: staff,
    review: has('department-head') || has('office') || has('office-head'),
    catalogue: has('office') || has('office-head'),
    normative: has('legal') || has('office') || has('office-head') || has('admin'),
    letters: has('legal') || has('leader') || has('office-head'),
    opinion: has('staff') || has('department-head') || has('office') || has('office-head') || has('leader') || has('admin'),
    logOpinion: has('office') || has('office-head'),
  };
}
