/**
 * Card faces: every card of the deck as players see it. The table client (hands, reveals),
 * the card gallery (/cards) and the print sheet (/print) all render cards with these, so a
 * card looks the same everywhere. Each takes the content item, the language and the deck's
 * patterns (for colour, letter and icon).
 *
 * The styles are in faces.css: a page imports it once (`import '../designer/faces/faces.css'`).
 * The components do not import it themselves so they also render outside Vite (Node, tests).
 */
export { PatternMark } from './PatternMark.tsx';
export { KnowledgeCardFace } from './KnowledgeCardFace.tsx';
export { FlowCardFace } from './FlowCardFace.tsx';
export { CaseCardFace } from './CaseCardFace.tsx';
export { RoleCardFace } from './RoleCardFace.tsx';
export { TransformationCardFace } from './TransformationCardFace.tsx';
export { PromptCardFace } from './PromptCardFace.tsx';
export { describeEffects, describeModifier } from './describe.ts';
export { KIND_LABEL, type CardKind } from './labels.ts';
