import { Link } from 'wouter';
import { useDocumentTitle } from './useDocumentTitle';

/** A whole-screen message with a way back to the cases: "page not found", "case not found"… */
export function MessageScreen({
  title,
  text,
  backLabel,
}: {
  title: string;
  text: string;
  backLabel: string;
}) {
  useDocumentTitle(title);
  return (
    <div className="message-screen">
      <h1>{title}</h1>
      <p>{text}</p>
      <Link href="/" className="button">
        {backLabel}
      </Link>
    </div>
  );
}
