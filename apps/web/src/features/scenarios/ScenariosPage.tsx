export function ScenariosPage() { return <h1 className="utrecht-heading-1">ScenariosPage</h1>; }
