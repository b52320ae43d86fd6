/**
 * Whether a request's body is RFC 8058's `List-Unsubscribe=One-Click`, sent as
 * application/x-www-form-urlencoded or multipart/form-data (both are allowed by the RFC).
 */
export async function isOneClickBody(request: Request, maxBytes: number): Promise<boolean> {
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.startsWith("multipart/form-data")) return (await request.formData()).get("List-Unsubscribe") === "One-Click";
    const text = await request.text();
    if (text.length > maxBytes) return false;
    return new URLSearchParams(text.trim()).get("List-Unsubscribe") === "One-Click";
  } catch {
    return false;
  }
}
