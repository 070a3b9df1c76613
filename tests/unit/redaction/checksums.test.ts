import { describe, expect, it } from "vitest";
import { isValidBsn, isValidIban } from "@/lib/redaction/checksums";

describe("isValidBsn (elfproef)", () => {
  it.each(["111222333", "123456782", "999999990"])("accepts %s", (bsn) => expect(isValidBsn(bsn)).toBe(true));
  it.each([
    ["123456789", "wrong check digit"],
    ["111222334", "one digit off"],
    ["000000000", "all zeros"],
    ["12345678", "too short"],
    ["1234567820", "too long"],
    ["12345678a", "not a number"],
    ["123.456.782", "separators are the caller's to strip"],
  ])("refuses %s (%s)", (bsn) => expect(isValidBsn(bsn)).toBe(false));
});

describe("isValidIban (mod 97)", () => {
  it.each([
    "NL91ABNA0417164300",
    "NL91 ABNA 0417 1643 00",
    "GB82WEST12345698765432",
    "GB82 WEST 1234 5698 7654 32",
    "DE89370400440532013000",
    "BE68539007547034",
    "nl91abna0417164300",
  ])("accepts %s", (iban) => expect(isValidIban(iban)).toBe(true));
  it.each([
    ["NL91ABNA0417164301", "wrong checksum"],
    ["NL19ABNA0417164300", "swapped check digits"],
    ["GB82WEST12345698765433", "wrong checksum"],
    ["NL91ABNA041716430", "Dutch IBAN too short"],
    ["NL91 ABNA 0417 1643 0", "Dutch IBAN too short, spaced"],
    ["XX00", "too short"],
    ["1291ABNA0417164300", "no country code"],
  ])("refuses %s (%s)", (iban) => expect(isValidIban(iban)).toBe(false));
});
