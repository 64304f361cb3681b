# Large ints: exact digits, grouping, and the float presentation types (through float(n)).
big = 10**30
print(big, -big, f"{big:,}", f"{big:_}", f"{-big:,d}", f"{big:_x}", f"{big:#_b}"[:24], f"{big:o}", f"{big:X}")
print(f"{big:e}", f"{big:.2e}", f"{big:E}", f"{big:g}", f"{big:.3g}", f"{big:f}", f"{big:%}", f"{2**53 + 1:.1f}", f"{2**64:n}")
print(f"{1234567:,}", f"{1234567:_}", f"{-1234567:015,}", f"{1234:010,}", f"{1234:010_}", f"{255:#010_x}", f"{7:*^9,}", f"{-42:=+8}")
print(f"{42:+d}", f"{42: d}", f"{-42: d}", f"{42:#b}", f"{42:#o}", f"{42:#X}", f"{65:c}", f"{65:>4c}", f"{42:n}", f"{True:5}", f"{True}", f"{False:d}")
try:
    print(f"{10**400:e}")
except OverflowError as e:
    print(repr(e))
for n in [0, 1, 999, 1000, 999999, 10**9, 10**30]:
    print(f"{n:>20,}|{n:<15_}|{-n:^+20,}|")
