; Windows installer for Kế hoạch CLGD (Inno Setup 6.5 or later; UTF-8 script).
; Build on Windows after `pyinstaller packaging\kehoach.spec` — see docs\building-windows.md:
;   iscc /DAppVersion=0.1.0 packaging\windows\kehoach.iss
; Output: dist\installer\KeHoachCLGD-<version>-caidat.exe
;
; Per-user install: no administrator password (PrivilegesRequired=lowest), program files in
; %LOCALAPPDATA%\Programs\KeHoachCLGD. School files live in Documents\Kế hoạch CLGD and the
; program's own data (settings, automatic backups in sao-luu\) in %LOCALAPPDATA%\kehoach:
; the uninstaller removes only what this script installed, so neither is ever touched.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Kế hoạch CLGD"
#define AppExe "KeHoachCLGD.exe"

; The Vietnamese messages are Inno Setup's user-contributed translation, downloaded next to
; this script (docs\building-windows.md, step 4). Refuse to build an English-only installer.
#if !FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
  #error Vietnamese.isl is missing next to kehoach.iss: download it first (docs\building-windows.md, step 4)
#endif

[Setup]
; AppId identifies the program across versions (upgrades install over it): never change it.
AppId={{D5B23DEC-FAA4-4F69-A9DB-A956D1B21640}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Kế hoạch Desktop
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\KeHoachCLGD
DisableDirPage=yes
DisableProgramGroupPage=yes
DefaultGroupName={#AppName}
; Qt 6 runs on 64-bit Windows 10 version 1809 (build 17763) or later, and Windows 11.
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installer
OutputBaseFilename=KeHoachCLGD-{#AppVersion}-caidat
SetupIconFile=..\..\resources\icons\kehoach.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ShowLanguageDialog=no
; Close a running copy before replacing its files (a school file open in it is saved already:
; every edit is written at once).
CloseApplications=yes

[Languages]
Name: "vi"; MessagesFile: "Vietnamese.isl"

[Messages]
; Said at the end of uninstalling, because "where did our plans go?" is the first worry.
vi.UninstalledAll=%1 đã được gỡ khỏi máy tính.%n%nCác tệp dữ liệu của trường (mặc định trong thư mục Tài liệu\Kế hoạch CLGD) và các bản sao lưu tự động vẫn được giữ nguyên.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder build. Nothing else is written: no registry keys, no file associations.
Source: "..\..\dist\kehoach\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; Start in Documents, so a file dialog never opens in the program folder.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Comment: "Lập, theo dõi và in kế hoạch cải tiến chất lượng giáo dục"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] and no [UninstallRun]: the uninstaller deletes exactly the files listed
; under [Files] and the two shortcuts. School files, settings and backups stay where they are.
