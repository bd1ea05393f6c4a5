export function DashboardPage() { return <h1 className="utrecht-heading-1">DashboardPage</h1>; }
