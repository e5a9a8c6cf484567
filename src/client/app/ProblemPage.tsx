/**
 * A page that can only say what went wrong, in one sentence read out at once (role="alert"),
 * and offer the way on (`children`: a link home, a button to try again). `mark` names the case
 * for tests and styles (data-MARK on the page).
 */
import type { ReactNode } from 'react';

export function ProblemPage({ text, mark, children }: { text: string; mark?: string; children?: ReactNode }) {
  return (
    <main id="main" className="soc-home" {...(mark ? { [`data-${mark}`]: true } : {})}>
      <p className="soc-error" role="alert">
        {text}
      </p>
      {children}
    </main>
  );
}
