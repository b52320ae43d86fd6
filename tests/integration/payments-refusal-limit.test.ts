import { describe, expect, it } from "vitest";
import { handleNotification } from "@/lib/payments/notification";
import { createPrzelewy24 } from "@/lib/payments/przelewy24";
import { sandboxMerchantId, sandboxSecrets } from "@/lib/payments/sandbox-credentials";
import { requireTenantById } from "@/lib/tenant/registry";
import { testDbKind, setupTestDb } from "../helpers/db";
import { auditRows } from "@/tests/helpers/audit";

const handle = setupTestDb();

describe(`payment notifications: refusals under a flood (${testDbKind})`, () => {
  it("S22/S20: forged notifications are all refused, but one address cannot write more than 30 audit rows in 5 minutes", async () => {
    const tenant = requireTenantById("polo");
    const merchantId = sandboxMerchantId("polo");
    // Nothing listens here: a refused notification never reaches the gateway.
    const gateway = createPrzelewy24({ merchantId, posId: merchantId, ...sandboxSecrets(merchantId), baseUrl: "http://127.0.0.1:9" });
    const meta = { ip: "198.51.100.9", userAgent: "flood" };
    const forged = {
      merchantId,
      posId: merchantId,
      sessionId: "x",
      amount: 100,
      originAmount: 100,
      currency: "PLN",
      orderId: 1,
      methodId: 1,
      statement: "s",
      sign: "0".repeat(96),
    };
    for (let i = 0; i < 35; i++)
      expect(await handleNotification(handle.db, gateway, tenant, i % 2 ? forged : { junk: i }, meta)).toEqual({ status: 400, body: "ERROR" });
    const rows = await auditRows(handle.db, "payment.notification_refused", "ip", meta.ip);
    expect(rows).toHaveLength(30);
    // Another address is still heard.
    await handleNotification(handle.db, gateway, tenant, { junk: true }, { ip: "198.51.100.10", userAgent: "gateway" });
    expect(await auditRows(handle.db, "payment.notification_refused", "ip", "198.51.100.10")).toHaveLength(1);
  });
});
