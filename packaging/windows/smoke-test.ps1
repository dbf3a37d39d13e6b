# Installs Marquee with its NSIS installer the way a PC would (silently, into a fresh folder), checks the files that
# must be beside marquee.exe, then runs the installed copy against the runner's PostgreSQL: `--version`, and
# `migrate` twice (the second has nothing to do). PATH is cut down to Windows itself and Qt's plug-in path is cleared,
# so every DLL must come from the installation: a missing libpq dependency fails here as "driver not loaded" would on
# a venue's PC. Finally the uninstaller runs.
# Usage (CI, windows-2025 image): packaging/windows/smoke-test.ps1 -Installer build\marquee-0.1.0-win64.exe
param([Parameter(Mandatory = $true)][string] $Installer)
$ErrorActionPreference = 'Stop'

$target = Join-Path $env:RUNNER_TEMP 'Marquee'
Write-Host "== $Installer /S /D=$target"
# NSIS: /S silent; /D= the folder, last and unquoted.
$setup = Start-Process -FilePath $Installer -ArgumentList '/S', "/D=$target" -Wait -PassThru
if ($setup.ExitCode -ne 0) { throw "the installer exited with $($setup.ExitCode)" }

# windeployqt puts Qt's plug-ins in plugins\ (bin\qt.conf says so); the rest is beside marquee.exe.
$expected = 'bin\marquee.exe', 'bin\qt.conf', 'bin\Qt6Core.dll', 'bin\Qt6Sql.dll', 'bin\libpq.dll', 'bin\qt6keychain.dll',
    'bin\vcruntime140.dll', 'bin\vcruntime140_1.dll', 'bin\msvcp140.dll',
    'plugins\sqldrivers\qsqlpsql.dll', 'plugins\platforms\qwindows.dll'
foreach ($file in $expected) {
    if (-not (Test-Path (Join-Path $target $file))) { throw "the installation has no $file" }
}
Get-ChildItem (Join-Path $target 'bin') -Filter *.dll | ForEach-Object { Write-Host "  bin\$($_.Name)" }

Write-Host '== PostgreSQL (the image has one installed, its service stopped)'
$service = Get-Service -Name 'postgresql*' | Select-Object -First 1
Set-Service -Name $service.Name -StartupType Manual
Start-Service -Name $service.Name
$env:PGUSER = 'postgres'
$env:PGPASSWORD = 'root'
& "$env:PGBIN\pg_isready.exe" -h localhost -t 60
if ($LASTEXITCODE -ne 0) { throw 'PostgreSQL did not start' }
& "$env:PGBIN\createdb.exe" -h localhost marquee
if ($LASTEXITCODE -ne 0) { throw 'createdb failed' }

# marquee.exe is a GUI program: PowerShell does not wait for it, so Start-Process does, with its output in files.
$exe = Join-Path $target 'bin\marquee.exe'
function Invoke-Marquee([string] $Arguments) {
    $out = Join-Path $env:RUNNER_TEMP 'marquee-stdout.txt'
    $err = Join-Path $env:RUNNER_TEMP 'marquee-stderr.txt'
    $run = Start-Process -FilePath $exe -ArgumentList $Arguments -Wait -PassThru -NoNewWindow `
        -RedirectStandardOutput $out -RedirectStandardError $err
    $text = (Get-Content -Raw $out) + (Get-Content -Raw $err)
    Write-Host "marquee $Arguments -> exit $($run.ExitCode)"
    Write-Host $text
    if ($run.ExitCode -ne 0) { throw "marquee $Arguments exited with $($run.ExitCode)" }
    return $text
}

$env:PATH = "$env:SystemRoot\System32;$env:SystemRoot;$env:SystemRoot\System32\Wbem"
Remove-Item Env:QT_PLUGIN_PATH, Env:QML2_IMPORT_PATH -ErrorAction SilentlyContinue

Write-Host '== the installed marquee'
$version = Invoke-Marquee '--version'
if ($version -notmatch '^marquee \d') { throw "marquee --version said: $version" }
$conninfo = '"host=localhost dbname=marquee"'
$first = Invoke-Marquee "migrate --db $conninfo"
if ($first -notmatch 'Schema is now at version') { throw 'the first migrate applied nothing' }
$second = Invoke-Marquee "migrate --db $conninfo"
if ($second -notmatch 'nothing to do') { throw 'the second migrate did not find the schema up to date' }

Write-Host '== uninstall'
# _?= runs the uninstaller in place, so Start-Process waits for it (otherwise it copies itself away and returns).
$uninstall = Start-Process -FilePath (Join-Path $target 'Uninstall.exe') -ArgumentList '/S', "_?=$target" -Wait -PassThru
if ($uninstall.ExitCode -ne 0) { throw "the uninstaller exited with $($uninstall.ExitCode)" }
Write-Host 'PASS: the installer installs a Marquee that loads its PostgreSQL driver and migrates a database'
