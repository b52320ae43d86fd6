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

/**
 * The end both registration flows share once their limits passed: a proof blocked for its
 * identifiers is refused with `blocked` (even the right proof); otherwise `register` runs in a
 * transaction. A refusal's count is recorded after the rollback, so it stays; a unique index hit by a
 * registration racing this one is answered by `onUniqueViolation` (null: not an expected index).
 */
export async function attemptRegistration<T>(
  db: Db,
  tenant: Tenant,
  meta: RequestMeta,
  proof: { identifiers: ProofIdentifier[]; blocked: string },
  register: (tx: Tx) => Promise<T>,
  onUniqueViolation: (index: string) => RegistrationFailure | null,
): Promise<T | RegistrationFailure> {
  if (await proofBlocked(db, tenant, proof.identifiers)) return { ok: false, formError: proof.blocked };
  try {
    return await db.transaction(register);
  } catch (error) {
    if (error instanceof RegistrationRefused) {
      const counted = error.counted;
      if (counted && "proofFailed" in counted) await recordFailedProof(db, tenant, proof.identifiers, meta);
      if (counted && "loginTakenFor" in counted) await countLoginTakenAnswer(db, tenant.id, counted.loginTakenFor);
      return error.failure;
    }
    const index = uniqueViolation(error);
    const answer = index ? onUniqueViolation(index) : null;
    if (answer) return answer;
    throw error;
  }
}
