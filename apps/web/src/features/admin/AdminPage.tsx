export function AdminPage() { return <h1 className="utrecht-heading-1">AdminPage</h1>; }
