/** One card of the deck, whatever its kind, rendered with the shared faces. */
import type { Language, Pattern, RawContent } from '../content/schema.ts';
import type { CardEntry } from './cards.ts';
import { CaseCardFace, FlowCardFace, KnowledgeCardFace, PromptCardFace, RoleCardFace, TransformationCardFace } from './faces/index.ts';

export interface CardFaceProps {
  card: CardEntry;
  lang: Language;
  patterns: readonly Pattern[];
  raw: Partial<RawContent>;
}

export function CardFace({ card, lang, patterns, raw }: CardFaceProps) {
  const transformations = raw.transformations?.transformations ?? [];
  const transformationName = (id: string) => transformations.find((t) => t.id === id)?.name[lang];
  switch (card.kind) {
    case 'knowledge':
      return <KnowledgeCardFace card={card.item} lang={lang} patterns={patterns} />;
    case 'flow':
      return <FlowCardFace card={card.item} lang={lang} patterns={patterns} transformationName={transformationName} />;
    case 'case':
      return <CaseCardFace card={card.item} lang={lang} patterns={patterns} transformation={transformations.find((t) => t.id === card.item.transformation)} />;
    case 'role':
      return <RoleCardFace card={card.item} lang={lang} patterns={patterns} />;
    case 'transformation':
      return <TransformationCardFace card={card.item} lang={lang} patterns={patterns} transformationName={transformationName} />;
    case 'prompt':
      return <PromptCardFace card={card.item} lang={lang} patterns={patterns} />;
  }
}
