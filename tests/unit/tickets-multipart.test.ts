import { describe, expect, it } from "vitest";
import { readUpload } from "@/lib/tickets/multipart";

function multipart(fields: Record<string, string>, files: { name: string; data: Uint8Array<ArrayBuffer> }[]) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const file of files) form.append("zalaczniki", new Blob([file.data]), file.name);
  return new Request("http://polo.localhost/api/tickets", { method: "POST", body: form });
}

describe("S18: the upload body is limited before it is parsed", () => {
  it("reads the text fields and the files by name", async () => {
    const result = await readUpload(
      multipart({ temat: "Zażółć", wiadomosc: "Treść" }, [{ name: "../../x.pdf", data: new TextEncoder().encode("%PDF-1.4") }]),
      "zalaczniki",
    );
    expect(result).toMatchObject({ ok: true, fields: { temat: "Zażółć", wiadomosc: "Treść" } });
    if (!result.ok) throw new Error("not parsed");
    expect(result.files).toHaveLength(1);
    expect(result.files[0]!.data.toString()).toBe("%PDF-1.4");
  });

  it("answers too-large from the declared Content-Length, without reading", async () => {
    const request = new Request("http://polo.localhost/api/tickets", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": "999999999" },
      body: "--x--",
    });
    expect(await readUpload(request, "zalaczniki", 1000)).toEqual({ ok: false, reason: "too-large" });
    expect(request.bodyUsed).toBe(false);
  });

  it("stops a body that grows past the limit while streaming (no or a lying Content-Length)", async () => {
    const request = multipart({}, [{ name: "big.pdf", data: new Uint8Array(5000) }]);
    const streamed = new Request(request.url, {
      method: "POST",
      headers: { "content-type": request.headers.get("content-type")! },
      body: request.body,
      duplex: "half",
    } as RequestInit);
    expect(await readUpload(streamed, "zalaczniki", 1000)).toEqual({ ok: false, reason: "too-large" });
  });

  it("refuses a body that is not multipart", async () => {
    const request = new Request("http://polo.localhost/api/tickets", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(await readUpload(request, "zalaczniki")).toEqual({ ok: false, reason: "bad-request" });
  });
});
