// Uncommon fixed ports, so the browser tests never meet a server a developer left running on 8080.
export const SHARED_SERVER_PORT = 8787;
/** The update story changes the files its server serves, so it gets a server of its own. */
export const UPDATE_SERVER_PORT = 8788;
