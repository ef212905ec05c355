import { Socket } from "node:net";
import { Readable } from "node:stream";
import { expect, it } from "vitest";
import { checkedFormBody } from "./form-body.mjs";

const TYPE = "multipart/form-data; boundary=b";
const good = "--b\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n标题\r\n--b--\r\n";

function request(body: string | Buffer, type = TYPE) {
  return Object.assign(Readable.from([Buffer.from(body)]), {
    method: "POST",
    url: "/mailbox/write",
    headers: { "content-type": type },
    rawHeaders: ["content-type", type],
    httpVersion: "1.1",
    httpVersionMajor: 1,
    httpVersionMinor: 1,
    socket: new Socket(),
  });
}

it("hands on a well-formed body unchanged", async () => {
  const checked = await checkedFormBody(request(good) as never, 1024);
  if (!("req" in checked)) throw new Error(`refused: ${checked.status}`);
  const chunks: Buffer[] = [];
  for await (const chunk of checked.req) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).toString()).toBe(good);
  expect(checked.req.headers["content-type"]).toBe(TYPE);
  expect(checked.req.url).toBe("/mailbox/write");
});

it("refuses malformed and oversized bodies", async () => {
  expect(await checkedFormBody(request(good.slice(0, -8)) as never, 1024)).toEqual({ status: 400 });
  expect(await checkedFormBody(request(good, "multipart/form-data") as never, 1024)).toEqual({ status: 400 });
  expect(await checkedFormBody(request(good, "multipart/form-data; boundary=other") as never, 1024)).toEqual({ status: 400 });
  expect(await checkedFormBody(request(Buffer.from([0, 255, 13, 10])) as never, 1024)).toEqual({ status: 400 });
  expect(await checkedFormBody(request(good) as never, 10)).toEqual({ status: 413 });
});

it("destroying the replay once read leaves the connection open", async () => {
  const original = request(good);
  const checked = await checkedFormBody(original as never, 1024);
  if (!("req" in checked)) throw new Error(`refused: ${checked.status}`);
  for await (const chunk of checked.req) expect(chunk).toBeTruthy();
  checked.req.destroy();
  expect(original.socket.destroyed).toBe(false);
});
