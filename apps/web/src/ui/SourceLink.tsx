/** " (bron)" after a cited figure, linking to its source; nothing when the source has no address. */
export function SourceLink({ url }: { url: string | null | undefined }) {
  if (!url) return null;
  return (
    <>
      {' '}
      (
      <a className="utrecht-link" href={url} rel="noreferrer">
        bron
      </a>
      )
    </>
  );
}
