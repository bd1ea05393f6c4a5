import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <>
      <h1 className="utrecht-heading-1">Pagina niet gevonden</h1>
      <p className="utrecht-paragraph">
        Deze pagina bestaat niet.{' '}
        <Link to="/" className="utrecht-link">
          Terug naar de startpagina
        </Link>
        .
      </p>
    </>
  );
}
