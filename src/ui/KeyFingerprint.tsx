import './keyFingerprint.css';

/**
 * A group key's fingerprint as both ends of a key check show it: the coordinator's screen and the
 * volunteer's phone use this one component, so the two look alike character for character.
 */
export function KeyFingerprint({ value }: { value: string }) {
  return (
    <span className="key-fingerprint" translate="no">
      {value}
    </span>
  );
}
