# printf: conversions, widths, escapes, reuse of the format, errors.
printf 'plain\n'
printf '%s|%s|%s\n' a b c
printf '%5s|%-5s|%.2s|\n' ab cd efgh
printf '%d %i %5d %-5d| %05d %+d\n' 42 -7 3 4 5 6
printf '%x %X %o %#x %#o\n' 255 255 8 255 8
printf '%u %c%c\n' 3000000000 xyz q
printf '%e %.3f %g %G\n' 12345.678 3.14159 0.0001 1e20
printf '%s\n' one two three
printf '%s=%d\n' a 1 b 2 c
printf 'tab\there\\ quote\042 octal\101 bell-less\n'
printf '%b|\n' 'esc\tin\\arg' 'stop\chere'
printf '%%literal %s\n' done
printf "%d\n" "'A" 0x10 010
printf '[%*d] [%-*s]\n' 6 42 4 ab
printf '%s' "no newline"
printf '\n'
printf '%d\n' notanumber
echo "bad number: $?"
