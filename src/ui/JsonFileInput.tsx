/**
 * A file input for one JSON file. Its value is cleared once read, so picking the same file again
 * (after fixing it, or after a failed delivery) still reads it.
 */
export function JsonFileInput({
  id,
  describedBy,
  disabled,
  onPick,
}: {
  id: string;
  describedBy?: string;
  disabled?: boolean;
  onPick: (file: File) => void;
}) {
  return (
    <input
      id={id}
      type="file"
      accept="application/json,.json"
      aria-describedby={describedBy}
      disabled={disabled}
      onChange={(event) => {
        const picked = event.target.files?.[0];
        event.target.value = '';
        if (picked) onPick(picked);
      }}
    />
  );
}
