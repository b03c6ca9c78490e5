/**
 * The shared e2e server's join codes, fixed through JOIN_CODE and COORDINATOR_CODE so a test can
 * join the way a member would, with a code it knows in advance.
 */
export const TEST_JOIN_CODE = 'TEST-JOIN-CODE';
export const TEST_COORDINATOR_CODE = 'TEST-COORDINATOR-CODE';
