CREATE OR REPLACE FUNCTION "LEADPIPE_DOUBLE_TEXT"("X" FLOAT)
RETURNS VARCHAR
LANGUAGE JAVASCRIPT
STRICT
IMMUTABLE
COMMENT = 'leadpipe: the canonical text of a double in row hashes'
AS $$
var x = X;
if (x !== x) return 'nan';
if (x === Infinity) return 'inf';
if (x === -Infinity) return '-inf';
if (x === 0) return 1 / x < 0 ? '-0.0' : '0.0';
var sign = x < 0 ? '-' : '';
var parts = Math.abs(x).toExponential().split('e');
var digits = parts[0].replace('.', '');
var e = Number(parts[1]);
var k = digits.length;
if (e >= -4 && e < 16) {
  if (e >= k - 1) return sign + digits + '0'.repeat(e - k + 1) + '.0';
  if (e >= 0) return sign + digits.slice(0, e + 1) + '.' + digits.slice(e + 1);
  return sign + '0.' + '0'.repeat(-e - 1) + digits;
}
var abs = Math.abs(e);
return sign + digits[0] + (k > 1 ? '.' + digits.slice(1) : '') + 'e' + (e < 0 ? '-' : '+') + (abs < 10 ? '0' : '') + abs;
$$;
