# cd, pwd, PWD and OLDPWD, CDPATH, in the scratch folder's dir/sub.
here=$PWD
cd dir
[ "$PWD" = "$here/dir" ] && echo "PWD follows cd"
[ "$OLDPWD" = "$here" ] && echo "OLDPWD is the old one"
cd sub
case $PWD in */dir/sub) echo "in dir/sub" ;; esac
cd ..
case $PWD in */dir) echo "cd .. back in dir" ;; esac
cd - > /dev/null
case $PWD in */dir/sub) echo "cd - back in dir/sub" ;; esac
cd "$here"
CDPATH=$here/dir
cd sub > /dev/null
case $PWD in */dir/sub) echo "found through CDPATH" ;; esac
unset CDPATH
cd "$here"
pwd > pwd.txt
read p < pwd.txt
[ "$p" = "$here" ] && echo "pwd prints PWD"
pwd -P > pwd.txt
read p < pwd.txt
[ "$p" = "$here" ] && echo "pwd -P too"
cd nowhere
echo "cd to a missing folder: $?"
[ "$PWD" = "$here" ] && echo "still here"
