export function AssumptionsPage() { return <h1 className="utrecht-heading-1">AssumptionsPage</h1>; }
