/** A player's own initiative that fits the budget, for tests to bend one field at a time. */
import type { OwnInitiative } from '../../src/rules/own-case.ts';

export const repairShop: OwnInitiative = {
  name: 'Repair shop De Schroef',
  line: 'Neighbours fix what breaks, together, every Saturday.',
  needs: { making: 3, resources: 2, identity: 2 },
  transformation: 'shared-workshop',
  offers: ['making'],
  learns: ['organisation', 'identity'],
};
