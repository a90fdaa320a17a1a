; Inno Setup 6 script: a per-user installer of the one-folder build, without administrator rights.
;   python packaging\build.py            builds dist\archive-app, then runs ISCC with this script when
;                                        Inno Setup is installed; by hand:
;   iscc /DAppVersion=0.1.0 /DBundleDir=..\..\dist\archive-app /O..\..\dist packaging\windows\archive-app.iss
; The version comes from pyproject.toml through build.py; the defaults below only serve a hand build.
; Saved as UTF-8 with a byte-order mark: Inno Setup then reads the Vietnamese names correctly.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\archive-app"
#endif
#define AppName "Lưu trữ biên bản họp"
#define AppExe "archive-app.exe"

[Setup]
AppId={{6E0C1C9B-5A7E-4F3B-9C55-7B2D0E8A4F21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=archive-app
; Per-user install: no UAC prompt; {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\archive-app
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=..\..\archive_app\resources\icons\app.ico
OutputBaseFilename=archive-app-{#AppVersion}-windows-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Languages]
; Inno Setup ships no Vietnamese messages: the texts we add are in [CustomMessages] below.
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
en.DesktopIcon=Create a desktop shortcut
en.LaunchApp=Open the archive now
en.ShortcutComment=Nhập, tìm kiếm, gắn thẻ và in biên bản họp / Import, search, tag and print meeting reports

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:ShortcutComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:ShortcutComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes the program folder only: the user's archive (%LOCALAPPDATA%\archive-app)
; and the sample archive beside it stay.
