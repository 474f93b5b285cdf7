; Inno Setup script: a per-user Windows installer for the PyInstaller build in dist\checkin.
; No administrator rights: it installs into %LOCALAPPDATA%\Programs, with a Start menu entry and
; an uninstaller (Settings > Apps). Build (Inno Setup 6, on Windows, after the PyInstaller build):
;   iscc /DAppVersion=0.1.0 packaging\windows\checkin.iss
; Output: dist\checkin-VERSION-setup.exe. The data folder (%LOCALAPPDATA%\checkin) is not touched
; by installing or uninstalling.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Ontmoetingsplek Check-in"
#define Root "..\.."

[Setup]
AppId={{5E0C6A2B-4F1D-4C7A-9B8E-2D3F6A7C1E90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=yes
UninstallDisplayIcon={app}\checkin.exe
UninstallDisplayName={#AppName}
SetupIconFile={#Root}\resources\icons\checkin.ico
LicenseFile={#Root}\LICENSE
OutputDir={#Root}\dist
OutputBaseFilename=checkin-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\checkin\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\checkin.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\checkin.exe"; Tasks: desktopicon
; The command line (checkin-cli.exe: export, merge, backup, encrypt ...) in a console window.
Name: "{autoprograms}\{#AppName} - opdrachtregel"; Filename: "{cmd}"; Parameters: "/k checkin-cli --help"; WorkingDir: "{app}"

[Run]
Filename: "{app}\checkin.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
