import { Link } from 'react-router';
import { BudgetList } from './BudgetList.tsx';

export function BudgetListPage() {
  return (
    <div className="app-stack">
      <BudgetList headingLevel={1} />
      <p className="utrecht-paragraph">
        <Link to="/" className="utrecht-link">
          Nieuwe begroting maken
        </Link>
      </p>
    </div>
  );
}
