export function CatalogPage() { return <h1 className="utrecht-heading-1">CatalogPage</h1>; }
