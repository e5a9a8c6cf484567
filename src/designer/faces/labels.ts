/**
 * The few words printed on card faces (not the card texts themselves, which are content).
 * Kept here, not in an i18next instance, so the faces render the same in the table client,
 * the gallery and the print sheet whatever translation set-up the page has.
 */
import type { FlowKind, Language } from '../../content/schema.ts';

export type CardKind = 'knowledge' | 'flow' | 'case' | 'role' | 'transformation' | 'prompt';

export const KIND_LABEL: Record<CardKind, Record<Language, string>> = {
  knowledge: { nl: 'Kennis', en: 'Knowledge' },
  flow: { nl: 'Gebeurtenis', en: 'Flow' },
  case: { nl: 'Case', en: 'Case' },
  role: { nl: 'Rol', en: 'Role' },
  transformation: { nl: 'Transformatie', en: 'Transformation' },
  prompt: { nl: 'Reflectie', en: 'Reflection' },
};

export const FLOW_KIND_LABEL: Record<FlowKind, Record<Language, string>> = {
  pressure: { nl: 'Druk', en: 'Pressure' },
  opportunity: { nl: 'Kans', en: 'Opportunity' },
  reflection: { nl: 'Reflectie', en: 'Reflection' },
  wave: { nl: 'Golf', en: 'Wave' },
};

/** A symbol per flow kind, so kinds differ by shape as well as by word. */
export const FLOW_KIND_ICON: Record<FlowKind, string> = {
  pressure: '▲',
  opportunity: '✦',
  reflection: '?',
  wave: '≋',
};

export const FACE_WORDS = {
  needs: { nl: 'Nodig', en: 'Needs' },
  grants: { nl: 'Wordt commons', en: 'Becomes a commons' },
  ability: { nl: 'Vermogen', en: 'Ability' },
  startsAt: { nl: 'Begint bij', en: 'Starts at' },
  coaches: { nl: 'Coacht', en: 'Coaches' },
  talk: { nl: 'Bespreek samen', en: 'Talk it over' },
} as const satisfies Record<string, Record<Language, string>>;
