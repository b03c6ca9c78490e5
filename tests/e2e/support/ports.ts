// Uncommon fixed ports, so the browser tests never meet a server a developer left running on 8080.
// CARTA_E2E_PORT moves them, so two checkouts can run their browser tests side by side.
export const SHARED_SERVER_PORT = Number(process.env.CARTA_E2E_PORT ?? 8787);
/** The update story changes the files its server serves, so it gets a server of its own. */
export const UPDATE_SERVER_PORT = SHARED_SERVER_PORT + 1;
/** The coordinator's story replaces the member code, so it runs its own server too. */
export const GROUP_SERVER_PORT = SHARED_SERVER_PORT + 2;
/** The own-signature story gives its group a key and a new name, which no other story may meet. */
export const SIGNATURE_SERVER_PORT = SHARED_SERVER_PORT + 3;
/** The story of a removed phone's saved file removes a phone and counts totals: its own server. */
export const DELIVERY_SERVER_PORT = SHARED_SERVER_PORT + 4;
