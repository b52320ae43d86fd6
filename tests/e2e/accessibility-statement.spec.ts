import { expect, checkAndSave, saveScreenshot, tenants, tenantUrl, test, viewports } from "./fixtures";
import { tenantConfigs } from "./recovery-accounts";
import { expectZoomedPageAccessible, zoom200 } from "./zoom";

/**
 * The accessibility statement of each tenant (docs/portal.md §16): reached from the footer, in the
 * template's order of headings, with the tenant's own dates and contact, and usable at 200 % zoom.
 */
const headings = [
  "Status pod względem zgodności z ustawą",
  "Treści niedostępne",
  "Przygotowanie deklaracji w sprawie dostępności",
  "Skróty klawiaturowe",
  "Informacje zwrotne i dane kontaktowe",
  "Procedura wnioskowo-skargowa",
];

const dotted = (iso: string) => iso.split("-").reverse().join(".");

for (const tenant of tenants) {
  const statement = tenantConfigs[tenant.id].accessibility;

  test(`${tenant.id}: the footer links the accessibility statement, which follows the template with the tenant's data`, async ({ page }) => {
    await page.goto(tenantUrl(tenant.id));
    await page.getByRole("contentinfo").getByRole("link", { name: "Deklaracja dostępności" }).click();
    await expect(page).toHaveURL(tenantUrl(tenant.id, "/deklaracja-dostepnosci"));
    await expect(page).toHaveTitle(`Deklaracja dostępności · ${tenant.product} — ${tenant.legal}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deklaracja dostępności");
    const expected = statement.office ? [...headings, "Dostępność architektoniczna"] : headings;
    await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText(expected);

    const body = page.getByTestId("accessibility-statement");
    await expect(page.locator("#a11y-podmiot")).toHaveText(tenant.legal);
    await expect(page.locator("#a11y-url")).toHaveText(`${tenant.id}.localhost`);
    await expect(page.getByTestId("accessibility-dates")).toHaveText(
      `Data publikacji strony internetowej${dotted(statement.publishedOn)}Data ostatniej istotnej aktualizacji${dotted(statement.updatedOn)}`,
    );
    await expect(page.locator("#a11y-data-publikacja")).toHaveAttribute("datetime", statement.publishedOn);
    await expect(page.locator("#a11y-data-sporzadzenie")).toHaveAttribute("datetime", statement.preparedOn);
    await expect(page.locator("#a11y-data-przeglad")).toHaveAttribute("datetime", statement.reviewedOn);
    await expect(body).toContainText("Strona internetowa jest częściowo zgodna z ustawą z dnia 4 kwietnia 2019 r.");
    await expect(body).toContainText("nie spełniają PDF/UA");
    await expect(body).toContainText("axe-core");
    await expect(page.locator("#a11y-osoba")).toHaveText(statement.contact.name);
    await expect(page.locator("#a11y-email")).toHaveAttribute("href", `mailto:${statement.contact.email}`);
    await expect(page.locator("#a11y-telefon")).toHaveText(statement.contact.phone);
    await expect(body.getByRole("link", { name: "wniosek do Rzecznika Praw Obywatelskich" })).toHaveAttribute("href", /^https:\/\/bip\.brpo\.gov\.pl\//);
    if (statement.office) await expect(page.getByTestId("accessibility-office")).toHaveText(statement.office.address);
    await expect(page.getByTestId("accessibility-note")).toContainText("danymi demonstracyjnymi");

    for (const viewport of viewports) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await checkAndSave(page, `${tenant.id}-deklaracja-dostepnosci-${viewport.name}`);
    }
  });
}

test.describe("at 200 % zoom (640 px of a 1280 px screen, device scale factor 2)", () => {
  test.use(zoom200);

  for (const tenant of tenants) {
    test(`${tenant.id}: the statement fits, axe is clean, the skip link works and focus is visible`, async ({ page }) => {
      await page.goto(tenantUrl(tenant.id, "/deklaracja-dostepnosci"));
      await expectZoomedPageAccessible(page);
      await saveScreenshot(page, `${tenant.id}-deklaracja-dostepnosci-zoom200`);
    });
  }
});
