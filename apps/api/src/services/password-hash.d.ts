export declare function hashPassword(password: string): Promise<string>;
/** Constant-time comparison; a malformed stored hash simply does not verify. */
export declare function verifyPassword(password: string, stored: string): Promise<boolean>;
/**
 * True when a stored hash was made with weaker parameters than today's (e.g. the N = 2^14 hashes of
 * earlier versions): sign-in then rehashes the password it has just verified.
 */
export declare function needsRehash(stored: string): boolean;
export declare function dummyPasswordHash(): Promise<string>;
