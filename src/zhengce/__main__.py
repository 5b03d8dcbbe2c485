from zhengce.cli import main

raise SystemExit(main())
