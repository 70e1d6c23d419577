/**
 * The official BSN check (SGR element "Burgerservicenummer", N9): 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11).
 * Eight digits get an implied leading zero; all zeros is the "no value" default and is rejected.
 * `digits` must contain only the digits.
 */
export function passesElfproef(digits: string): boolean {
  if (digits.length === 8) digits = "0" + digits;
  if (digits.length !== 9) return false;
  let sum = 0;
  let allZero = true;
  for (let i = 0; i < 9; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (d !== 0) allZero = false;
    sum += i === 8 ? -d : (9 - i) * d;
  }
  return !allZero && sum % 11 === 0;
}
