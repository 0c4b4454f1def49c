import { access } from './authorization';

describe('access', () => {
  it('gives the public and citizens no console', () => {
    expect(access([]).console).toBe(false);
    expect(access(['citizen']).console).toBe(false);
    expect(access(['public']).obligations).toBe(false);
  });

  it('limits staff to their department', () => {
    const a = access(['staff']);
    expect(a.console).toBe(true);
    expect(a.obligations).toBe(true);
    expect(a.allDepartments).toBe(false);
    expect(a.manageObligations).toBe(false);
    expect(a.admin).toBe(false);
  });

  it('lets the office see every department and manage clocks', () => {
    const a = access(['staff', 'office']);
    expect(a.allDepartments).toBe(true);
    expect(a.manageObligations).toBe(true);
  });

  it('lets leaders see all but not manage', () => {
    const a = access(['staff', 'leader']);
    expect(a.allDepartments).toBe(true);
    expect(a.manageObligations).toBe(false);
  });

  it('gives only administrators the admin pages', () => {
    expect(access(['admin']).admin).toBe(true);
    expect(access(['office-head', 'office']).admin).toBe(false);
  });

  it('gives department heads and the office a review queue, the office the catalogue, legal the clean-up', () => {
    expect(access(['staff']).review).toBe(false);
    expect(access(['staff', 'department-head']).review).toBe(true);
    expect(access(['staff', 'office']).catalogue).toBe(true);
    expect(access(['staff', 'department-head']).catalogue).toBe(false);
    expect(access(['staff', 'legal']).normative).toBe(true);
    expect(access(['staff']).normative).toBe(false);
    expect(access(['citizen']).draft).toBe(false);
  });

  it('shows public-opinion events to staff and lets only the office log them (issue 11)', () => {
    expect(access(['citizen']).opinion).toBe(false);
    expect(access(['staff']).opinion).toBe(true);
    expect(access(['staff']).logOpinion).toBe(false);
    expect(access(['staff', 'office']).logOpinion).toBe(true);
    expect(access(['staff', 'leader']).logOpinion).toBe(false);
  });
});
