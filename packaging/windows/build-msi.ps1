<#
.SYNOPSIS
Builds the Mail Setup Windows installer (.msi) with the WiX Toolset v3 (candle and light).

.DESCRIPTION
Stages mailsetup.exe, the icon (mailsetup.ico, made by make-ico.py) and, when a helpdesk preset is given, preset.toml and the files it names
(the `logo = "..."` line under [organisation] and the `autoconfig = "..."` line under [mail],
found by a plain text match; each must be a file name beside the preset). Then compiles
packaging\windows\mailsetup.wxs for x64 and links MailSetup-VERSION-x64.msi into -Out.

WiX v3 is looked for in $env:WIX\bin (set by the WiX installer; GitHub's windows-2022 image has
WiX 3.14 there), then in "C:\Program Files (x86)\WiX Toolset v3.14\bin", then on PATH.

.EXAMPLE
pwsh packaging\windows\build-msi.ps1 -Binary target\release\mailsetup.exe -Version 0.1.0 -Out dist

.EXAMPLE
pwsh packaging\windows\build-msi.ps1 -Binary target\release\mailsetup.exe -Version v0.1.0 `
    -Preset ..\helpdesk\preset.toml -Out dist -Name MailSetup-ExampleLtd
#>
param(
    # The built mailsetup.exe.
    [Parameter(Mandatory = $true)] [string] $Binary,
    # The release version; a leading "v" and anything from "-" or "+" on are dropped.
    [Parameter(Mandatory = $true)] [string] $Version,
    # Where the .msi is written.
    [Parameter(Mandatory = $true)] [string] $Out,
    # A helpdesk preset.toml to install beside mailsetup.exe; none when left out.
    [string] $Preset = '',
    # The .msi's file name without extension; MailSetup-VERSION-x64 when left out.
    [string] $Name = ''
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

function Fail([string] $Message) {
    [Console]::Error.WriteLine("build-msi: $Message")
    exit 1
}

# Runs a WiX tool and stops on a non-zero exit (native commands do not throw by themselves).
function Invoke-Tool([string] $Tool, [string[]] $Arguments) {
    Write-Host "build-msi: $([IO.Path]::GetFileName($Tool)) $($Arguments -join ' ')"
    & $Tool @Arguments
    if ($LASTEXITCODE -ne 0) { Fail "$([IO.Path]::GetFileName($Tool)) failed with exit code $LASTEXITCODE" }
}

# 0.2.0-rc1 -> 0.2.0: Windows Installer wants numbers only.
$Version = $Version -replace '^v', '' -replace '[-+].*$', ''
if ($Version -notmatch '^\d+(\.\d+){0,3}$') { Fail "version must look like 1.2.3, got: $Version" }
if ($Name -eq '') { $Name = "MailSetup-$Version-x64" }

if (-not (Test-Path -LiteralPath $Binary -PathType Leaf)) { Fail "no such binary: $Binary" }
if ($Preset -ne '' -and -not (Test-Path -LiteralPath $Preset -PathType Leaf)) { Fail "no such preset: $Preset" }

# WiX v3.
$wixBin = $null
$candidates = @()
if ($env:WIX) { $candidates += (Join-Path $env:WIX 'bin') }
$candidates += 'C:\Program Files (x86)\WiX Toolset v3.14\bin'
foreach ($dir in $candidates) {
    if (Test-Path -LiteralPath (Join-Path $dir 'candle.exe')) { $wixBin = $dir; break }
}
if ($wixBin) {
    $candle = Join-Path $wixBin 'candle.exe'
    $light = Join-Path $wixBin 'light.exe'
} elseif (Get-Command candle.exe -ErrorAction SilentlyContinue) {
    $candle = (Get-Command candle.exe).Source
    $light = (Get-Command light.exe).Source
} else {
    Fail 'WiX Toolset v3 not found (looked in $env:WIX\bin, C:\Program Files (x86)\WiX Toolset v3.14\bin and PATH)'
}

$here = $PSScriptRoot
$wxs = Join-Path $here 'mailsetup.wxs'
New-Item -ItemType Directory -Force -Path $Out | Out-Null
$outDir = (Resolve-Path -LiteralPath $Out).Path
$stage = Join-Path ([IO.Path]::GetTempPath()) ("mailsetup-msi-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $stage | Out-Null

try {
    Copy-Item -LiteralPath $Binary -Destination (Join-Path $stage 'mailsetup.exe')
    Copy-Item -LiteralPath (Join-Path $here 'mailsetup.ico') -Destination (Join-Path $stage 'mailsetup.ico')
    $defines = @("-dVersion=$Version", "-dSourceDir=$stage")

    if ($Preset -ne '') {
        $presetPath = (Resolve-Path -LiteralPath $Preset).Path
        $presetDir = Split-Path -Parent $presetPath
        $extra = Join-Path $stage 'preset'
        New-Item -ItemType Directory -Path $extra | Out-Null
        Copy-Item -LiteralPath $presetPath -Destination (Join-Path $extra 'preset.toml')
        $defines += "-dPreset=$(Join-Path $extra 'preset.toml')"
        Write-Host "build-msi: preset $presetPath"

        # The files the preset names: `logo = "..."` and `autoconfig = "..."`, quoted either way.
        foreach ($line in Get-Content -LiteralPath $presetPath) {
            if ($line -match '^\s*(logo|autoconfig)\s*=\s*["'']([^"'']+)["'']') {
                $key = $Matches[1]
                $file = $Matches[2]
                if ($file -match '[\\/]' -or $file -eq '.' -or $file -eq '..') {
                    Fail "the preset names `"$file`"; it must be a file name beside the preset, with no folder"
                }
                if ($file -ieq 'preset.toml' -or $file -ieq 'mailsetup.exe') {
                    Fail "the preset names `"$file`", which would overwrite Mail Setup's own file"
                }
                $source = Join-Path $presetDir $file
                if (-not (Test-Path -LiteralPath $source -PathType Leaf)) {
                    Fail "the preset names `"$file`", which is not beside it in $presetDir"
                }
                $target = Join-Path $extra $file
                Copy-Item -LiteralPath $source -Destination $target
                if ($key -eq 'logo') { $defines += "-dLogo=$target" } else { $defines += "-dAutoconfig=$target" }
                Write-Host "build-msi: with $file"
            }
        }
    }

    $obj = Join-Path $stage 'mailsetup.wixobj'
    $msi = Join-Path $outDir "$Name.msi"
    Invoke-Tool $candle (@('-nologo', '-arch', 'x64') + $defines + @('-out', $obj, $wxs))
    # -spdb: no .wixpdb debug file beside the .msi.
    Invoke-Tool $light @('-nologo', '-spdb', '-out', $msi, $obj)
    Write-Host "build-msi: $msi"
}
finally {
    Remove-Item -Recurse -Force -LiteralPath $stage -ErrorAction SilentlyContinue
}
