/**
 * Shown while translations load, so it cannot use them: the app's name and a spinner say enough.
 * Carta is a name, the same in every language.
 */
export function StartupSplash() {
  return (
    <div className="loading-screen" aria-busy="true">
      <span className="brand">Carta</span>
      <span className="spinner" />
    </div>
  );
}
