import type { Db, Tx } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import type { RequestMeta } from "@/lib/request/meta";
import { uniqueViolation, type RegistrationFailure } from "@/lib/accounts/registration-common";
import { countLoginTakenAnswer, proofBlocked, recordFailedProof, type ProofIdentifier } from "@/lib/accounts/registration-limits";

/** What a refusal counts once its transaction has rolled back: a failed proof (S26), or a "login taken" answer about a customer. */
export type Counted = { proofFailed: true } | { loginTakenFor: string } | null;

/** Thrown inside a registration's transaction: rolls it back and answers `failure`. */
export class RegistrationRefused extends Error {
  constructor(
    readonly failure: RegistrationFailure,
    readonly counted: Counted = null,
  ) {
    super("registration refused");
  }
}

export type RegistrationAttempt<T> = {
  /** What the proof is counted against (S26), and the answer while they are blocked. */
  identifiers: ProofIdentifier[];
  blocked: string;
  /** The flow's checks and writes; throws RegistrationRefused to refuse. */
  register: (tx: Tx) => Promise<T>;
  /** The answer to a unique index hit by a registration racing this one; null: not an expected index. */
  onUniqueViolation: (index: string) => RegistrationFailure | null;
};

/**
 * The end both registration flows share once their limits passed: a proof blocked for its
 * identifiers is refused (even the right proof); otherwise `register` runs in a transaction. A
 * refusal's count is recorded after the rollback, so it stays.
 */
export async function attemptRegistration<T>(db: Db, tenant: Tenant, meta: RequestMeta, attempt: RegistrationAttempt<T>): Promise<T | RegistrationFailure> {
  const { identifiers, register, onUniqueViolation } = attempt;
  if (await proofBlocked(db, tenant, identifiers)) return { ok: false, formError: attempt.blocked };
  try {
    return await db.transaction(register);
  } catch (error) {
    if (error instanceof RegistrationRefused) {
      const counted = error.counted;
      if (counted && "proofFailed" in counted) await recordFailedProof(db, tenant, identifiers, meta);
      if (counted && "loginTakenFor" in counted) await countLoginTakenAnswer(db, tenant.id, counted.loginTakenFor);
      return error.failure;
    }
    const index = uniqueViolation(error);
    const answer = index ? onUniqueViolation(index) : null;
    if (answer) return answer;
    throw error;
  }
}
