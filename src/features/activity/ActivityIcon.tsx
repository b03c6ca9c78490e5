/** The Activity tab's icon: a pulse, for what the phone has done and still has to deliver. */
export function ActivityIcon() {
  return (
    <svg
      width="24"
      height="24"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M4 12h4l2-6 4 12 2-6h4" />
    </svg>
  );
}
