/*
 * tm.c - struct tm's tm_gmtoff and tm_zone: set by gmtime_r, localtime_r
 * and mktime for the zone in force, and read by strftime's %z and %Z.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tap/basic.h"

int main(void)
{
	/* 2015-03-05T23:51:47Z, a Thursday; 2015-07-01T12:00:00Z in DST. */
	time_t winter = 1425599507, summer = 1435752000, t;
	struct tm tm;
	char buf[64];

	plan(18);
	gmtime_r(&winter, &tm);
	is_int(0, tm.tm_gmtoff, "gmtime_r: tm_gmtoff 0");
	is_string("GMT", tm.tm_zone, "gmtime_r: tm_zone GMT");

	/* Without TZ the local time is UTC. */
	localtime_r(&winter, &tm);
	is_int(0, tm.tm_gmtoff, "localtime_r without TZ: tm_gmtoff 0");
	is_int(23, tm.tm_hour, "... the hour is UTC's");

	setenv("TZ", "EST5EDT,M3.2.0,M11.1.0", 1);
	tzset();
	localtime_r(&winter, &tm);
	is_int(-5 * 3600, tm.tm_gmtoff, "localtime_r in EST: 5 h west");
	is_string("EST", tm.tm_zone, "... tm_zone EST");
	is_int(18, tm.tm_hour, "... 18:51 local");
	strftime(buf, sizeof(buf), "%H:%M %z %Z", &tm);
	is_string("18:51 -0500 EST", buf, "strftime %%z %%Z");
	localtime_r(&summer, &tm);
	is_int(-4 * 3600, tm.tm_gmtoff, "localtime_r in EDT: 4 h west");
	is_string("EDT", tm.tm_zone, "... tm_zone EDT");
	is_int(1, tm.tm_isdst, "... tm_isdst");

	/* mktime reads local time and fills the offset in, so that
	 * mktime(tm) + tm_gmtoff is the broken-down time read as UTC. */
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = 115;
	tm.tm_mon = 2;
	tm.tm_mday = 5;
	tm.tm_hour = 23;
	tm.tm_min = 51;
	tm.tm_sec = 47;
	tm.tm_isdst = -1;
	t = mktime(&tm);
	is_int(winter + 5 * 3600, t, "mktime reads EST");
	is_int(-5 * 3600, tm.tm_gmtoff, "... and sets tm_gmtoff");
	is_string("EST", tm.tm_zone, "... and tm_zone");
	is_int(winter, t + tm.tm_gmtoff, "... which gives back UTC");
	is_int(4, tm.tm_wday, "... a Thursday");

	unsetenv("TZ");
	tzset();
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = 115;
	tm.tm_mon = 2;
	tm.tm_mday = 5;
	tm.tm_hour = 23;
	tm.tm_min = 51;
	tm.tm_sec = 47;
	is_int(winter, mktime(&tm), "mktime without TZ reads UTC");
	is_int(0, tm.tm_gmtoff, "... tm_gmtoff 0");
	return 0;
}
