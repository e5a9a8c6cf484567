/**
 * One sentence about what went wrong (a refused request, a lost connection), read out by screen
 * readers as it appears; nothing while there is nothing to say.
 */
export function ErrorLine({ text }: { text: string | null | undefined }) {
  return text ? (
    <p className="soc-error" role="alert">
      {text}
    </p>
  ) : null;
}
