import { DatasetList } from "../components/dataset-list";
import { MESSAGES as M } from "../messages";

export function App() {
  return (
    <div className="page">
      <header className="page-header">
        <h1>{M.appTitle}</h1>
        <p>{M.appSubtitle}</p>
      </header>
      <main>
        <DatasetList />
      </main>
    </div>
  );
}
